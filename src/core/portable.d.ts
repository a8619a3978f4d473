// The few globals node, browsers and workers all have, declared for src/core/tsconfig.json, which checks the
// engine without node or DOM types. The root tsconfig leaves this file out: node's types declare them there.

declare class TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}

declare function setTimeout(callback: () => void, milliseconds?: number): unknown;
