'use strict';
// grpc-js implementation of huishang.interop.v1.InteropTest, the twin of
// tests/HuiShang.Grpc.Benchmarks/EchoService.cs (same semantics, so the benchmark's client can
// call either server). Missing is deliberately not implemented: grpc-js answers UNIMPLEMENTED.
//
// Contract (the benchmark relies on it):
//   node server.js --port <port, 0 = free> [--max-receive <bytes>] [--stop-on-stdin-close]
//   binds 127.0.0.1 without TLS, prints exactly one stdout line "LISTENING <port>" when ready,
//   exits 0 on SIGTERM/SIGINT (and when stdin closes, with --stop-on-stdin-close: a parent that
//   dies cannot leave the server behind). Echo calls with a call_id log one stderr line
//   "CALL <id> <completed|cancelled>", so a test can see whether the handler stopped early.
const grpc = require('@grpc/grpc-js');
const protos = require('./protos');

const ECHO_PREFIX = 'x-echo-';
const TRAILER_PREFIX = 'x-trailer-';

// Headers grpc-js leaves in call.metadata that belong to the protocol, not to the caller
// (the same set the .NET EchoService hides).
const PROTOCOL_HEADERS = new Set([
  'content-type', 'te', 'user-agent', 'content-length', 'host', 'connection',
  'transfer-encoding', 'accept-encoding',
]);

function isCustomMetadata(key) {
  return !key.startsWith(':') && !key.startsWith('grpc-') && !PROTOCOL_HEADERS.has(key);
}

function parseArgs(argv) {
  const args = { port: 0, maxReceive: undefined, stopOnStdinClose: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--stop-on-stdin-close') {
      args.stopOnStdinClose = true;
      continue;
    }
    const value = Number(argv[++i]);
    if (flag === '--port' && Number.isInteger(value)) args.port = value;
    else if (flag === '--max-receive' && Number.isInteger(value)) args.maxReceive = value;
    else throw new Error(`usage: node server.js --port <port> [--max-receive <bytes>] [--stop-on-stdin-close] (bad argument '${flag}')`);
  }
  return args;
}

function receivedMetadata(metadata) {
  const entries = [];
  // getMap keeps one value per key; get() returns them all, so repeats are reported like .NET does.
  for (const key of Object.keys(metadata.getMap()).filter(isCustomMetadata)) {
    for (const value of metadata.get(key)) {
      entries.push(`${key}=${Buffer.isBuffer(value) ? value.toString('base64') : value}`);
    }
  }
  // Ordinal sort, like .NET's StringComparer.Ordinal (JS compares UTF-16 code units too).
  return entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// x-echo-NAME comes back as response header x-echo-NAME and as trailer x-trailer-NAME.
function echoMetadata(call) {
  const headers = new grpc.Metadata();
  const trailers = new grpc.Metadata();
  for (const key of Object.keys(call.metadata.getMap())) {
    if (!key.startsWith(ECHO_PREFIX)) continue;
    for (const value of call.metadata.get(key)) {
      headers.add(key, value);
      trailers.add(TRAILER_PREFIX + key.slice(ECHO_PREFIX.length), value);
    }
  }
  if (Object.keys(headers.getMap()).length > 0) call.sendMetadata(headers);
  return trailers;
}

function record(request, outcome) {
  if (request.callId) process.stderr.write(`CALL ${request.callId} ${outcome}\n`);
}

// Resolves true after ms, or false as soon as the call is cancelled (caller gone or deadline).
function delay(call, ms) {
  return new Promise((resolve) => {
    if (call.cancelled) return resolve(false);
    const onCancel = () => { clearTimeout(timer); resolve(false); };
    const timer = setTimeout(() => { call.removeListener('cancelled', onCancel); resolve(true); }, ms);
    call.once('cancelled', onCancel);
  });
}

async function echo(call, callback) {
  const request = call.request;
  const trailers = echoMetadata(call);
  if (request.delayMs > 0 && !(await delay(call, request.delayMs))) {
    record(request, 'cancelled');
    // grpc-js already ended the call (DEADLINE_EXCEEDED or the caller's RST_STREAM).
    return callback({ code: grpc.status.CANCELLED, details: 'cancelled' });
  }
  record(request, 'completed');
  if (request.failCode !== 0) {
    return callback({ code: request.failCode, details: request.failMessage, metadata: trailers });
  }
  const payload = request.replySize > 0 ? Buffer.alloc(request.replySize) : request.payload;
  callback(null, { payload, receivedMetadata: receivedMetadata(call.metadata) }, trailers);
}

async function count(call) {
  const { count: total, intervalMs } = call.request;
  for (let n = 1; n <= total; n++) {
    if (call.cancelled) return;
    call.write({ n });
    if (intervalMs > 0 && !(await delay(call, intervalMs))) return;
  }
  call.end();
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  const options = args.maxReceive === undefined ? {} : { 'grpc.max_receive_message_length': args.maxReceive };
  const server = new grpc.Server(options);
  server.addService(protos.interop().InteropTest.service, {
    Echo: (call, callback) => { echo(call, callback).catch((err) => callback(err)); },
    // A stream's 'error' event makes grpc-js end the call with that status.
    Count: (call) => { count(call).catch((err) => call.emit('error', err)); },
  });

  server.bindAsync(`127.0.0.1:${args.port}`, grpc.ServerCredentials.createInsecure(), (err, port) => {
    if (err) {
      process.stderr.write(`bind failed: ${err.message}\n`);
      process.exit(1);
    }
    process.stdout.write(`LISTENING ${port}\n`);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Give running calls a moment, then cut them off: the caller asked us to go.
    const force = setTimeout(() => { server.forceShutdown(); process.exit(0); }, 1000);
    server.tryShutdown(() => { clearTimeout(force); process.exit(0); });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  if (args.stopOnStdinClose) {
    process.stdin.on('end', stop).on('close', stop).resume();
  }
}

main();
