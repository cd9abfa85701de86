'use strict';
// grpc-js client for the interop cases: node client.js <host:port>
// Prints ONE JSON object, case name -> { code, details, ...extra }. A case that throws records
// { error } instead, so one broken case never hides the others.
const grpc = require('@grpc/grpc-js');
const protos = require('./protos');

const CALL_TIMEOUT_MS = 30000; // generous: the machine is shared, only `deadline` tests timing
const MiB = 1024 * 1024;

// One unary call with everything the peer sent: response headers (the 'metadata' event),
// the status and its trailers (the 'status' event), and the reply or error (the callback).
function unary(client, method, request, { metadata = new grpc.Metadata(), timeoutMs = CALL_TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    const result = { headers: null, status: null, reply: null };
    let pending = 2;
    const done = () => { if (--pending === 0) resolve(result); };
    const call = client[method](request, metadata, { deadline: Date.now() + timeoutMs }, (_err, reply) => {
      result.reply = reply ?? null;
      done();
    });
    call.on('metadata', (headers) => { result.headers = headers; });
    call.on('status', (status) => { result.status = status; done(); });
  });
}

function outcome({ status }, extra = {}) {
  return { code: status.code, details: status.details, ...extra };
}

// A metadata value as the report shows it: text as is, -bin bytes as base64; null when absent.
function single(metadata, key) {
  const value = metadata?.get(key)[0];
  if (value === undefined) return null;
  return Buffer.isBuffer(value) ? value.toString('base64') : value;
}

function pattern(size) {
  const buffer = Buffer.alloc(size);
  for (let i = 0; i < size; i++) buffer[i] = i % 251;
  return buffer;
}

// status_1 … status_16: every non-OK code, with a message that needs percent-encoding.
function statusCases() {
  const cases = {};
  for (let code = 1; code <= 16; code++) {
    cases[`status_${code}`] = async ({ interop }) =>
      outcome(await unary(interop, 'Echo', { failCode: code, failMessage: `failed ${code}: 中文 100% done` }));
  }
  return cases;
}

const cases = {
  async ok({ interop }) {
    const result = await unary(interop, 'Echo', { payload: Buffer.from('hello 会商', 'utf8') });
    return outcome(result, { payload: result.reply?.payload.toString('utf8') ?? null });
  },

  ...statusCases(),

  async deadline({ interop }) {
    const started = Date.now();
    const result = await unary(interop, 'Echo', { delayMs: 3000, callId: 'node-deadline' }, { timeoutMs: 300 });
    return outcome(result, { elapsed_ms: Date.now() - started });
  },

  async metadata({ interop }) {
    const metadata = new grpc.Metadata();
    metadata.add('x-echo-text', 'hello');
    metadata.add('x-echo-blob-bin', Buffer.from([0, 1, 2, 254, 255]));
    metadata.add('authorization', 'Bearer interop-token');
    const result = await unary(interop, 'Echo', { payload: Buffer.from('md') }, { metadata });
    return outcome(result, {
      headers: { 'x-echo-text': single(result.headers, 'x-echo-text'), 'x-echo-blob-bin': single(result.headers, 'x-echo-blob-bin') },
      trailers: { 'x-trailer-text': single(result.status.metadata, 'x-trailer-text'), 'x-trailer-blob-bin': single(result.status.metadata, 'x-trailer-blob-bin') },
      received_metadata: result.reply?.receivedMetadata ?? null,
    });
  },

  async big({ interop }) {
    const payload = pattern(3 * MiB);
    const result = await unary(interop, 'Echo', { payload });
    return outcome(result, { length: result.reply?.payload.length ?? null, equal: result.reply?.payload.equals(payload) ?? false });
  },

  async oversized({ interop }) {
    // grpc-js sends any size (its max send is unlimited); the server's 4 MiB limit must refuse it.
    return outcome(await unary(interop, 'Echo', { payload: Buffer.alloc(5 * MiB) }));
  },

  async unimplemented({ interop }) {
    return outcome(await unary(interop, 'Missing', { payload: Buffer.from('?') }));
  },

  streaming({ interop }) {
    return new Promise((resolve) => {
      const values = [];
      const call = interop.Count({ count: 5 }, { deadline: Date.now() + CALL_TIMEOUT_MS });
      call.on('data', (reply) => values.push(reply.n));
      call.on('error', () => {}); // the status event below carries it
      call.on('status', (status) => resolve({ code: status.code, details: status.details, values }));
    });
  },

  async health({ health }) {
    const result = await unary(health, 'Check', { service: '' });
    return outcome(result, { status: result.reply?.status ?? null });
  },

  async gzip({ gzip }) {
    const payload = Buffer.from('会商 gzip interop. '.repeat(5000)).subarray(0, 100 * 1024);
    const result = await unary(gzip, 'Echo', { payload });
    return outcome(result, { length: result.reply?.payload.length ?? null, equal: result.reply?.payload.equals(payload) ?? false });
  },
};

async function main() {
  const address = (process.argv[2] ?? '').replace(/^https?:\/\//, '').replace(/\/$/, '');
  if (!address) {
    process.stderr.write('usage: node client.js <host:port>\n');
    process.exit(2);
  }
  const insecure = grpc.credentials.createInsecure();
  const { InteropTest } = protos.interop();
  const clients = {
    interop: new InteropTest(address, insecure),
    health: new (protos.health().Health)(address, insecure),
    // 2 = gzip in grpc-js' CompressionAlgorithms.
    gzip: new InteropTest(address, insecure, { 'grpc.default_compression_algorithm': 2 }),
  };

  const report = {};
  for (const [name, run] of Object.entries(cases)) {
    try {
      report[name] = await run(clients);
    } catch (err) {
      report[name] = { error: err?.message ?? String(err) };
    }
  }
  Object.values(clients).forEach((client) => client.close());
  process.stdout.write(JSON.stringify(report) + '\n');
}

main().catch((err) => {
  process.stderr.write(`client.js failed: ${err?.stack ?? err}\n`);
  process.exit(1);
});
