// Preloaded into the Agents Playground (NODE_OPTIONS=--require). The Playground has no bind flag and
// calls server.listen(port) on all interfaces; this makes every listen() that names no host bind to
// 127.0.0.1 instead, so the e2e run never opens a port beyond loopback.
'use strict';
const net = require('net');

const originalListen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, callback]): insert the host when it is missing.
    if (typeof second !== 'string') {
      args.splice(1, 0, '127.0.0.1');
    }
  } else if (first && typeof first === 'object' && !Array.isArray(first) && first.path === undefined
    && first.fd === undefined && first.handle === undefined && first._handle === undefined) {
    // listen({ port, host? }): default the host.
    if (first.host === undefined) {
      args[0] = { ...first, host: '127.0.0.1' };
    }
  } else if (first === undefined || typeof first === 'function') {
    // listen() / listen(callback): a random port, on loopback.
    args.unshift(0, '127.0.0.1');
  }
  return originalListen.apply(this, args);
};
