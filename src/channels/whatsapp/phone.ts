// A WhatsApp seeker's phone number is personal data. It is never stored in clear:
//   - the seeker's id (from.id, conversation id, seeker key) is a keyed hash (HMAC-SHA256) of it;
//   - to answer later (an advisor's message, after a restart or on another instance) the number
//     travels sealed (AES-256-GCM) inside the conversation reference, at user.properties.phone;
//   - advisors see only a masked form (+31 6 •••• 5678), at user.properties.maskedPhone.
// The two keys are derived from one secret (WHATSAPP_KEY, or one generated into the database).
// Sealing is deterministic (the IV is an HMAC of the number, as in SIV), so a conversation's
// reference does not change from message to message; equal numbers give equal ciphertexts, which
// reveals no more than the hash already does.
import crypto from 'node:crypto';

const PREFIX = 'v1.';

export class PhoneVault {
  private readonly hashKey: Buffer;
  private readonly sealKey: Buffer;
  private readonly ivKey: Buffer;
  private readonly messageKey: Buffer;

  constructor(secret: string) {
    const derive = (purpose: string) => Buffer.from(crypto.hkdfSync('sha256', secret, 'werkloket.whatsapp', purpose, 32));
    this.hashKey = derive('hash');
    this.sealKey = derive('seal');
    this.ivKey = derive('iv');
    this.messageKey = derive('message');
  }

  /** The seeker's pseudonymous id on the WhatsApp channel. */
  userId(phone: string): string {
    return `wa-${crypto.createHmac('sha256', this.hashKey).update(digits(phone)).digest('hex').slice(0, 40)}`;
  }

  /**
   * A keyed hash of Meta's message id (wamid), which encodes the sender's number (base64): the
   * form in which the id is stored (transcript, seen ids) and compared.
   */
  messageId(wamid: string): string {
    return `wam-${crypto.createHmac('sha256', this.messageKey).update(wamid).digest('hex').slice(0, 48)}`;
  }

  seal(phone: string): string {
    const plain = Buffer.from(digits(phone), 'utf8');
    const iv = crypto.createHmac('sha256', this.ivKey).update(plain).digest().subarray(0, 12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.sealKey, iv);
    const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return PREFIX + sealed.toString('base64url');
  }

  /** Throws when the value was not sealed with this key (or was altered). */
  open(sealed: string): string {
    if (!sealed.startsWith(PREFIX)) throw new Error('not a sealed phone number');
    const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.sealKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
  }
}

/** WhatsApp ids are digits with the country code, no "+" (31612345678). */
export function digits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** "+31 6 •••• 5678" for a Dutch mobile number, "+44 •••• 5678" elsewhere: enough to recognise, not to call. */
export function maskPhone(phone: string): string {
  const d = digits(phone);
  const last = d.slice(-4);
  if (d.startsWith('31') && d.length === 11) return `+31 ${d[2]} •••• ${last}`;
  return `+${d.slice(0, 2)} •••• ${last}`;
}

export interface WhatsAppUserProperties {
  phone: string;
  maskedPhone: string;
}

/**
 * The masked number of a stored WhatsApp conversation reference (for the advisor console), or
 * undefined for any other channel.
 */
export function maskedPhone(reference: unknown): string | undefined {
  const ref = reference as { channelId?: string; user?: { properties?: Partial<WhatsAppUserProperties> } } | null | undefined;
  if (ref?.channelId !== 'whatsapp') return undefined;
  const masked = ref.user?.properties?.maskedPhone;
  return typeof masked === 'string' ? masked : undefined;
}
