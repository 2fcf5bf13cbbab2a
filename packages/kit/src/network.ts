import { isIP } from 'node:net';

/** Whether a peer address is this machine's loopback (127.0.0.0/8, ::1, or either mapped in IPv6). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(plain) === 4) return plain.startsWith('127.');
  return plain === '::1';
}
