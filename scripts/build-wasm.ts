/**
 * Assembles packages/compute/src/linalg/gemm-kernel.wat into gemm-kernel-bytes.ts
 * (`npm run build:wasm`). The bytes are committed so that the engine builds with `tsc` alone;
 * a test assembles the text again and fails when the committed bytes differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleGemmKernel, gemmKernelModuleSource } from './wasm/assemble.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = resolve(root, 'packages', 'compute', 'src', 'linalg');
const bytes = await assembleGemmKernel(readFileSync(resolve(dir, 'gemm-kernel.wat'), 'utf8'));
const target = resolve(dir, 'gemm-kernel-bytes.ts');
writeFileSync(target, gemmKernelModuleSource(bytes));
process.stdout.write(`wrote ${target} (${bytes.length} bytes of WebAssembly)\n`);
