// An answer that is JSON text already (stored activities spliced into the GET poll's answer): sent
// as restify's res.send sends an object, with the same headers, but not serialised again.
import type { Response } from 'restify';

export class JsonText {
  constructor(readonly text: string) {}

  /** 200 with Content-Type and Content-Length as restify's JSON formatter sets them. */
  send(res: Response): void {
    res.sendRaw(200, this.text, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(this.text)) });
  }
}
