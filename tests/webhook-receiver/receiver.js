// An independent webhook receiver, as a city's IT department might write one in node: every POST is
// verified with the Standard Webhooks reference library and read with the CloudEvents SDK, both from
// npm, sharing no code with the sender. Run by tests/HuiShang.Notifications.Tests (NodeReceiverTests).
//
//   node receiver.js <port> <count> <timeoutMs> <secret> [<secret>...]
//
// Listens on 127.0.0.1:<port>, answers 204 to a delivery that verifies with every given secret (a
// rotation's old and new one) and 400 otherwise, and after <count> deliveries (or the timeout) prints
// one JSON line: { "received": [ { verified, error, id, webhookId, type, source, subject, specversion, data } ] }.
"use strict";
const http = require("node:http");
const { Webhook } = require("standardwebhooks");
const { HTTP } = require("cloudevents");

const [port, count, timeoutMs, ...secrets] = process.argv.slice(2);
const received = [];

function finish() {
  process.stdout.write(JSON.stringify({ received }) + "\n");
  process.exit(0);
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const entry = { verified: false, error: null };
    try {
      for (const secret of secrets) {
        new Webhook(secret).verify(body, request.headers);
      }
      const event = HTTP.toEvent({ headers: request.headers, body });
      Object.assign(entry, {
        verified: true,
        id: event.id,
        webhookId: request.headers["webhook-id"],
        type: event.type,
        source: event.source,
        subject: event.subject,
        specversion: event.specversion,
        data: event.data,
      });
    } catch (error) {
      entry.error = String(error && error.message ? error.message : error);
    }
    received.push(entry);
    response.writeHead(entry.verified ? 204 : 400).end();
    if (received.length >= Number(count)) {
      setImmediate(finish);
    }
  });
});

server.listen(Number(port), "127.0.0.1");
setTimeout(finish, Number(timeoutMs)).unref();
