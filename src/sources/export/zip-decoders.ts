import { UnzipInflate, type UnzipDecoder } from 'fflate';

export const EMPTY = new Uint8Array(0);

/** The decoder of the entry being started, and whether that entry's bytes are wanted (shared with every decoder). */
export interface DecoderState {
  current: Decoder | null;
  wants: boolean;
}

/**
 * A decoder per compression method; it asks the entry's sink whether its bytes are wanted. One that is not wanted
 * (or a method other than deflate) only passes the compressed bytes on to be counted, never inflating them.
 */
export function decoderFor(method: number, state: DecoderState) {
  return class implements UnzipDecoder {
    static compression = method;
    ondata: UnzipDecoder['ondata'] = () => undefined;
    stopped = false;
    private readonly inflate: UnzipInflate | null;
    constructor() {
      this.inflate = method === 8 && state.wants ? new UnzipInflate() : null;
      if (this.inflate) this.inflate.ondata = (err, data, final) => this.ondata(err, data, final);
      state.current = this;
    }
    push(chunk: Uint8Array, final: boolean): void {
      if (this.stopped) {
        if (final) this.ondata(null, EMPTY, true);
        return;
      }
      if (!this.inflate) {
        this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
        return;
      }
      try {
        this.inflate.push(chunk, final);
      } catch (error) {
        this.stopped = true;
        this.ondata(error as Error & { code: number }, EMPTY, true);
      }
    }
  };
}
export type Decoder = InstanceType<ReturnType<typeof decoderFor>>;
