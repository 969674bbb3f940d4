import { z } from 'zod';
import { LanguageSchema, LocalizedTextSchema } from '../content/languages';
import { isValidHostPattern } from '../policy/navigation';

/** One tile on the home screen: an allowlisted e-service the client can open. */
export const ServiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'use lower-case letters, digits and dashes'),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Where the tile opens; its host is allowlisted automatically. Must be https. */
  url: z.string().url().refine((u) => u.startsWith('https://'), 'service URLs must use https'),
});
export type Service = z.infer<typeof ServiceSchema>;

/**
 * A host pattern for the allowlist: `kela.fi`, `*.kela.fi`, optionally with a port (`kela.test:8443`).
 * The grammar is checked here; matching lives in shared/policy/navigation.ts.
 */
export const HostPatternSchema = z
  .string()
  .min(1)
  .max(260)
  .refine(isValidHostPattern, 'a host name (kela.fi), optionally starting with *. and ending with :port');

export const IdleSchema = z.object({
  /** Seconds without input before the idle warning appears. */
  timeoutSeconds: z.number().int().min(5).max(3600),
  /** Countdown shown in the warning. WCAG 2.2.1 asks for at least 20 seconds to respond. */
  warningSeconds: z.number().int().min(20).max(600),
  /** How long the "end session?" confirmation waits before it ends the session anyway. */
  endConfirmSeconds: z.number().int().min(20).max(600),
});

export const KioskConfigSchema = z.object({
  services: z.array(ServiceSchema).min(1).max(60),
  /** Hosts allowed besides the services' own (identification, banks, help pages). */
  allowedHosts: z.array(HostPatternSchema).max(500),
  languages: z.array(LanguageSchema).min(1),
  defaultLanguage: LanguageSchema,
  idle: IdleSchema,
  /** Seconds between wipe retries while the kiosk is out of service. */
  wipeRetrySeconds: z.number().int().min(1).max(3600),
});
export type KioskConfig = z.infer<typeof KioskConfigSchema>;
