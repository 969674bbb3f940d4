/**
 * Benchmark 4: navigation decisions per second on 100,000 mixed URLs against a 200-host
 * allowlist, decideNavigation side by side with a linear-scan reference in the same run.
 * Both must give the same allow/deny on every URL, or the run is aborted: a fast wrong answer
 * is worth nothing.
 */
import { performance } from 'node:perf_hooks';
import { decideNavigation, type NavigationPolicy } from '../shared/policy/navigation';
import { BUDGETS } from './budgets';
import type { BenchOutcome } from './lib/measurement';
import { referenceAllowed } from './lib/reference-policy';
import { median } from './lib/stats';
import { buildAllowlist, buildUrlMix } from './lib/url-mix';

export interface PolicyBenchOptions {
  readonly urlCount: number;
  readonly allowlistSize: number;
  /** Timed passes over all URLs for each side; the median pass counts. */
  readonly passes: number;
}

export const DEFAULT_POLICY_OPTIONS: PolicyBenchOptions = { urlCount: 100_000, allowlistSize: 200, passes: 5 };

/** Index of the first URL on which the two deciders disagree, or -1. */
export function firstDisagreement(urls: readonly string[], a: (url: string) => boolean, b: (url: string) => boolean): number {
  return urls.findIndex((url) => a(url) !== b(url));
}

/** One timed pass; the allowed count is returned so the work cannot be optimised away. */
function timePass(urls: readonly string[], decide: (url: string) => boolean): { ms: number; allowed: number } {
  let allowed = 0;
  const start = performance.now();
  for (const url of urls) if (decide(url)) allowed++;
  return { ms: performance.now() - start, allowed };
}

export function runPolicyBench(options: PolicyBenchOptions = DEFAULT_POLICY_OPTIONS): BenchOutcome {
  const list = buildAllowlist(options.allowlistSize);
  const mix = buildUrlMix(options.urlCount, list);
  // One frozen policy object, as the kiosk builds it once per configuration.
  const policy: NavigationPolicy = Object.freeze({ allowedHosts: list.entries });
  const viaPolicy = (url: string): boolean => decideNavigation(url, policy).allowed;
  const viaReference = (url: string): boolean => referenceAllowed(url, list.entries);

  const disagreement = firstDisagreement(mix.urls, viaPolicy, viaReference);
  if (disagreement !== -1) {
    // The URL is generated test data, not a client's: safe to name.
    throw new Error(`the policy and the reference disagree on ${JSON.stringify(mix.urls[disagreement])}`);
  }

  // Warm-up so both sides run optimised code; then alternate so drift hits both alike.
  timePass(mix.urls, viaPolicy);
  timePass(mix.urls, viaReference);
  const policyMs: number[] = [];
  const referenceMs: number[] = [];
  let allowed = 0;
  for (let pass = 0; pass < options.passes; pass++) {
    const p = timePass(mix.urls, viaPolicy);
    const r = timePass(mix.urls, viaReference);
    if (p.allowed !== r.allowed) throw new Error('the policy and the reference allowed different counts');
    allowed = p.allowed;
    policyMs.push(p.ms);
    referenceMs.push(r.ms);
  }
  const policyRate = options.urlCount / (median(policyMs) / 1000);
  const referenceRate = options.urlCount / (median(referenceMs) / 1000);

  return {
    measurements: [
      { key: 'policy.decideNavigation', label: 'decideNavigation decisions', value: policyRate, unit: '/s' },
      { key: 'policy.reference', label: 'reference (URL + linear scan)', value: referenceRate, unit: '/s' },
      { key: 'policy.ratio', label: 'policy / reference speed', value: policyRate / referenceRate, unit: 'x', budget: BUDGETS.policySpeedRatio },
    ],
    notes: [
      `${options.urlCount.toLocaleString('en-US')} URLs (${allowed.toLocaleString('en-US')} allowed) against ${list.entries.length} hosts ` +
        `(${list.exactHosts.length} exact, ${list.wildcardSuffixes.length} wildcard); both agree on every URL; ` +
        `median of ${options.passes} alternating passes after a warm-up.`,
    ],
    details: { urlKinds: mix.kinds, allowed, policyPassMs: policyMs, referencePassMs: referenceMs },
  };
}
