import { ReadableStream, TransformStream, WritableStream } from 'node:stream/web';

// jsdom has no web streams; Apollo's Next.js integration builds its data transport on them.
for (const [name, value] of Object.entries({ ReadableStream, TransformStream, WritableStream })) {
  if (!(name in globalThis)) Object.assign(globalThis, { [name]: value });
}
