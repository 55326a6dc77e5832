;; The SIMD micro-kernel of gemm.ts, in WebAssembly text. `npm run build:wasm` assembles it into
;; gemm-kernel-bytes.ts; a test checks that the committed bytes are this file's assembly.
;;
;; tiles(pa, pb, c, ldc, kc, strips): for s in 0 .. strips−1,
;;   C[0..3][4s .. 4s+3] −= Σ_p packA[p][0..3]ᵀ · packB_s[p][0..3]
;; where packA holds four rows of A interleaved (kc × 4 doubles: a0 a1 a2 a3 for each p),
;; packB_s is strip s of the packed panel of B (kc × 4 doubles per strip, strips consecutive),
;; and C is row-major with a row stride of ldc bytes. All arguments are byte offsets or counts.
;;
;; Each of the 16 elements is summed in the order p = 0, 1, …, kc−1 and then subtracted from C,
;; exactly as the scalar JavaScript kernel does, with separate multiply and add (no fused
;; multiply-add): the two kernels give bit-identical results.
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "tiles")
    (param $pa i32) (param $pb i32) (param $c i32) (param $ldc i32) (param $kc i32) (param $strips i32)
    (local $s i32) (local $a i32) (local $b i32) (local $end i32) (local $row i32)
    (local $x0 v128) (local $x1 v128) (local $r v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $b (local.get $pb))
    (local.set $end (i32.add (local.get $pa) (i32.shl (local.get $kc) (i32.const 5))))
    (block $done
      (loop $strip
        (br_if $done (i32.ge_u (local.get $s) (local.get $strips)))
        (local.set $c00 (v128.const i64x2 0 0))
        (local.set $c01 (v128.const i64x2 0 0))
        (local.set $c10 (v128.const i64x2 0 0))
        (local.set $c11 (v128.const i64x2 0 0))
        (local.set $c20 (v128.const i64x2 0 0))
        (local.set $c21 (v128.const i64x2 0 0))
        (local.set $c30 (v128.const i64x2 0 0))
        (local.set $c31 (v128.const i64x2 0 0))
        (local.set $a (local.get $pa))
        (loop $k
          (local.set $x0 (v128.load (local.get $b)))
          (local.set $x1 (v128.load offset=16 (local.get $b)))
          (local.set $r (v128.load64_splat (local.get $a)))
          (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $r) (local.get $x0))))
          (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $r) (local.get $x1))))
          (local.set $r (v128.load64_splat offset=8 (local.get $a)))
          (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $r) (local.get $x0))))
          (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $r) (local.get $x1))))
          (local.set $r (v128.load64_splat offset=16 (local.get $a)))
          (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $r) (local.get $x0))))
          (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $r) (local.get $x1))))
          (local.set $r (v128.load64_splat offset=24 (local.get $a)))
          (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $r) (local.get $x0))))
          (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $r) (local.get $x1))))
          (local.set $a (i32.add (local.get $a) (i32.const 32)))
          (local.set $b (i32.add (local.get $b) (i32.const 32)))
          (br_if $k (i32.lt_u (local.get $a) (local.get $end))))
        (local.set $row (local.get $c))
        (v128.store (local.get $row) (f64x2.sub (v128.load (local.get $row)) (local.get $c00)))
        (v128.store offset=16 (local.get $row) (f64x2.sub (v128.load offset=16 (local.get $row)) (local.get $c01)))
        (local.set $row (i32.add (local.get $row) (local.get $ldc)))
        (v128.store (local.get $row) (f64x2.sub (v128.load (local.get $row)) (local.get $c10)))
        (v128.store offset=16 (local.get $row) (f64x2.sub (v128.load offset=16 (local.get $row)) (local.get $c11)))
        (local.set $row (i32.add (local.get $row) (local.get $ldc)))
        (v128.store (local.get $row) (f64x2.sub (v128.load (local.get $row)) (local.get $c20)))
        (v128.store offset=16 (local.get $row) (f64x2.sub (v128.load offset=16 (local.get $row)) (local.get $c21)))
        (local.set $row (i32.add (local.get $row) (local.get $ldc)))
        (v128.store (local.get $row) (f64x2.sub (v128.load (local.get $row)) (local.get $c30)))
        (v128.store offset=16 (local.get $row) (f64x2.sub (v128.load offset=16 (local.get $row)) (local.get $c31)))
        (local.set $c (i32.add (local.get $c) (i32.const 32)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $strip)))))
