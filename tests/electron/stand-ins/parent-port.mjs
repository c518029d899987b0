// Loaded with --import before the backend entry in a Node child process: gives it the
// `process.parentPort` an Electron utility process has, over the child_process channel. Like Electron's,
// messages wait until a 'message' listener is added, and each arrives as { data, ports }.
import { EventEmitter } from 'node:events';

const port = new EventEmitter();
let waiting = [];
port.postMessage = (message) => process.send(message);
port.on('newListener', (event) => {
  if (event !== 'message' || waiting === null) return;
  const queued = waiting;
  waiting = null;
  setImmediate(() => queued.forEach((data) => port.emit('message', { data, ports: [] })));
});
process.on('message', (data) => {
  if (waiting) waiting.push(data);
  else port.emit('message', { data, ports: [] });
});
// Like a utility process, it ends when its parent goes.
process.on('disconnect', () => process.exit(0));
process.parentPort = port;
