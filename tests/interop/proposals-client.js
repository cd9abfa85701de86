'use strict';
// A grpc-js client of the real Proposals service (huishang.proposals.v1), run by
// tests/HuiShang.Interop.Tests: it proves that a gRPC peer no one here wrote can call the service
// and read its refusals from the standard rich error model alone (google.rpc.Status in
// grpc-status-details-bin: ErrorInfo reason + metadata.ruleId, BadRequest field violations).
//
//   node proposals-client.js <host:port>
//   env BUREAU_TOKEN, PLANNING_TOKEN: platform tokens of a city bureau and the province planning
//   division (the test issues them). The service's rule clock must be inside 2025's first quarter.
// Prints ONE JSON object, case name -> { code, codeName, details, statusDetails, ...extra }; a case
// that throws records { error } instead, so one broken case never hides the others.
const grpc = require('@grpc/grpc-js');
const protos = require('./protos');

const CALL_TIMEOUT_MS = 30000; // generous: the machine is shared; no case tests timing

const CODE_NAMES = Object.fromEntries(Object.entries(grpc.status).map(([name, code]) => [code, name]));

function bearer(token) {
  const metadata = new grpc.Metadata();
  if (token) metadata.add('authorization', `Bearer ${token}`);
  return metadata;
}

// One unary call; resolves with the status (and its decoded details) and the reply, never rejects.
function unary(client, method, request, metadata) {
  return new Promise((resolve) => {
    client[method](request, metadata, { deadline: Date.now() + CALL_TIMEOUT_MS }, (err, reply) => {
      const status = err ?? { code: grpc.status.OK, details: '', metadata: null };
      resolve({
        code: status.code,
        codeName: CODE_NAMES[status.code],
        details: status.details,
        statusDetails: protos.statusDetails(status.metadata),
        reply: reply ?? null,
      });
    });
  });
}

// huishang.common.v1 shapes: a Date is { year, month, day }; Money is { units, nanos } (google.type.Money).
function date(text) {
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

function dateText(value) {
  return value ? `${String(value.year).padStart(4, '0')}-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}` : null;
}

function validProposal(callId, plannedMeetingOn) {
  return {
    callId,
    title: '南宁市 2025 年厅市会商建议',
    plannedMeetingOn,
    cityMeetingOn: date('2025-02-20'),
    previousRoundSummary: '上一轮会商 12 个项目已完成 10 个。',
    topics: [{
      title: '面向东盟的新能源汽车关键零部件研发',
      category: 'major-needs',
      field: 'new-energy',
      priorWork: '已建成自治区级工程技术研究中心。',
      alignment: '已与高新处初步对接。',
      nextSteps: '市财政配套 1:1 资金。',
      requestedSupport: { units: 1500000, nanos: 0 },
    }],
  };
}

function summary(result, extra = {}) {
  const { reply, ...status } = result;
  return { ...status, ...extra };
}

async function run(client, bureau, planning) {
  const report = {};
  const step = async (name, body) => {
    try {
      report[name] = await body();
    } catch (err) {
      report[name] = { error: err?.stack ?? String(err) };
    }
  };

  // 1. No token: the service refuses before any rule runs.
  await step('no_token', async () => summary(await unary(client, 'ListCalls', {}, bearer(null))));

  // 3 (setup). Successful calls: the planning division opens 2025's call (GX-10 window).
  let callId = null;
  await step('open_call', async () => {
    const result = await unary(client, 'CreateCall', { year: 2025 }, bearer(planning));
    callId = result.reply?.id ?? null;
    return summary(result, { callId, opensOn: dateText(result.reply?.opensOn), closesOn: dateText(result.reply?.closesOn) });
  });

  // 2a. Invalid fields: INVALID_ARGUMENT with one BadRequest field violation per wrong field.
  await step('invalid_fields', async () => {
    const request = validProposal(callId, { year: 2025, month: 18, day: 6 });
    request.title = ' ';
    request.topics[0].title = '';
    request.topics[0].requestedSupport = { units: -5, nanos: 0 };
    return summary(await unary(client, 'CreateProposal', request, bearer(bureau)));
  });

  // 2b. A rule refusal: a meeting less than two months away (GX-13) is refused at submission.
  await step('lead_time', async () => {
    const draft = await unary(client, 'CreateProposal', validProposal(callId, date('2025-04-09')), bearer(bureau));
    if (draft.code !== grpc.status.OK) return summary(draft, { stage: 'CreateProposal' });
    return summary(await unary(client, 'SubmitProposal', { id: draft.reply.id }, bearer(bureau)), { stage: 'SubmitProposal' });
  });

  // 3. The same journey within the rules goes through.
  await step('submit', async () => {
    const draft = await unary(client, 'CreateProposal', validProposal(callId, date('2025-06-18')), bearer(bureau));
    if (draft.code !== grpc.status.OK) return summary(draft, { stage: 'CreateProposal' });
    const submitted = await unary(client, 'SubmitProposal', { id: draft.reply.id }, bearer(bureau));
    return summary(submitted, {
      stage: 'SubmitProposal',
      status: submitted.reply?.status ?? null,
      regionCode: submitted.reply?.regionCode ?? null,
      title: submitted.reply?.title ?? null,
    });
  });

  return report;
}

async function main() {
  const address = (process.argv[2] ?? '').replace(/^https?:\/\//, '').replace(/\/$/, '');
  const { BUREAU_TOKEN: bureau, PLANNING_TOKEN: planning } = process.env;
  if (!address || !bureau || !planning) {
    process.stderr.write('usage: BUREAU_TOKEN=… PLANNING_TOKEN=… node proposals-client.js <host:port>\n');
    process.exit(2);
  }
  const client = new (protos.proposals().Proposals)(address, grpc.credentials.createInsecure());
  const report = await run(client, bureau, planning);
  client.close();
  process.stdout.write(JSON.stringify(report) + '\n');
}

main().catch((err) => {
  process.stderr.write(`proposals-client.js failed: ${err?.stack ?? err}\n`);
  process.exit(1);
});
