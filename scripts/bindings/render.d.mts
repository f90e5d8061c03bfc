// Types of render.mjs.
import type { Facts } from './facts.mjs';
export declare function scalar(v: string): string;
export declare function render(
  facts: Facts,
  about: { apiVersion: string; name: string; version: string; scope: string[] },
): string;
