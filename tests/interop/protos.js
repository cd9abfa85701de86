'use strict';
// Loads the protos both peers share, from where the .NET projects keep them, so there is one
// copy of each contract.
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const INTEROP_PROTO = path.join(__dirname, '..', 'HuiShang.Grpc.TestService', 'Protos', 'interop.proto');
const HEALTH_PROTO = path.join(__dirname, '..', '..', 'shared', 'HuiShang.Grpc', 'Protos', 'grpc', 'health', 'v1', 'health.proto');

// keepCase is false (the default): fields arrive camelCased, fail_code -> failCode.
// defaults: unset fields read as their proto3 default instead of undefined.
// bytes stay Buffers; enums come back as their names ("SERVING").
const LOADER_OPTIONS = { keepCase: false, longs: String, enums: String, defaults: true, oneofs: true };

function load(file) {
  return grpc.loadPackageDefinition(protoLoader.loadSync(file, LOADER_OPTIONS));
}

module.exports = {
  interop: () => load(INTEROP_PROTO).huishang.interop.v1,
  health: () => load(HEALTH_PROTO).grpc.health.v1,
};
