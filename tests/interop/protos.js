'use strict';
// The contracts the grpc-js peers load. The service protos are read from where the .NET projects
// compile them (one copy of each contract); google.rpc's rich error model is decoded with the
// small copies in protos/google/rpc.
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const PROTOS = path.join(__dirname, 'protos');
const INTEROP_PROTO = path.join(PROTOS, 'huishang', 'interop', 'v1', 'interop.proto');
const CONTRACT_PROTOS = path.join(__dirname, '..', '..', 'shared', 'HuiShang.Contracts', 'Protos');
const PROPOSALS_PROTO = path.join(CONTRACT_PROTOS, 'huishang', 'proposals', 'v1', 'proposals.proto');

// keepCase is false (the default): fields arrive camelCased, fail_code -> failCode.
// defaults: unset fields read as their proto3 default instead of undefined.
// bytes stay Buffers; enums come back as their names.
const LOADER_OPTIONS = { keepCase: false, longs: String, enums: String, defaults: true, oneofs: true };

function load(file, includeDirs) {
  return grpc.loadPackageDefinition(protoLoader.loadSync(file, { ...LOADER_OPTIONS, includeDirs }));
}

let rpcRoot;
function googleRpc() {
  rpcRoot ??= protobuf.loadSync(['status.proto', 'error_details.proto'].map((f) => path.join(PROTOS, 'google', 'rpc', f)));
  return rpcRoot;
}

// grpc-status-details-bin of a status (grpc-js hands trailers over as status.metadata), decoded as
// google.rpc.Status; each Any detail is unpacked by its type URL. Null when the trailer is absent.
function statusDetails(metadata) {
  const bytes = metadata?.get('grpc-status-details-bin')[0];
  if (bytes === undefined) return null;
  const root = googleRpc();
  const status = root.lookupType('google.rpc.Status').decode(bytes);
  const details = status.details.map((any) => {
    const url = any.type_url ?? any.typeUrl; // protobufjs' bundled any.proto keeps type_url
    const typeName = url.slice(url.lastIndexOf('/') + 1);
    const type = root.lookupType(typeName); // throws on an unknown detail: the test shows it
    return { type: typeName, ...type.toObject(type.decode(any.value), { defaults: true }) };
  });
  return { code: status.code, message: status.message, details };
}

module.exports = {
  interop: () => load(INTEROP_PROTO, [PROTOS]).huishang.interop.v1,
  proposals: () => load(PROPOSALS_PROTO, [CONTRACT_PROTOS]).huishang.proposals.v1,
  statusDetails,
};
