/**
 * Types for Comlink's Node adapter: the package ships them as node-adapter.d.ts beside the .mjs,
 * which TypeScript does not pair with an .mjs import. Narrowed to the two endpoints this project
 * passes: a worker thread, seen from its parent, and the parent port, seen from the thread.
 */
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  import type { MessagePort, Worker } from 'node:worker_threads';

  export default function nodeEndpoint(endpoint: Worker | MessagePort): Endpoint;
}
