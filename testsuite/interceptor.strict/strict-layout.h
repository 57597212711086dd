/* strict-layout.h -- the layout of struct st_state, shared by
   strict.h (C) and strict-snap.S (assembler).  Not a test.  */

#define ST_GPR		0	/* 16 x 8: see ST_R* */
#define ST_RSP		128
#define ST_FLAGS	136
#define ST_RA		144
#define ST_FX		192	/* 512: fxsave image */
#define ST_VEC		704	/* 32 x 64: %zmm0-31 (i386: 0-7) */
#define ST_K		2752	/* 8 x 8: %k0-7 */
#define ST_SIZE		2816

/* ST_GPR slots.  i386 uses the first seven (eax ... ebp), 4 bytes in
   each 8-byte slot.  */
#define ST_RAX 0
#define ST_RBX 1
#define ST_RCX 2
#define ST_RDX 3
#define ST_RSI 4
#define ST_RDI 5
#define ST_RBP 6
#define ST_R8 7
#define ST_R9 8
#define ST_R10 9
#define ST_R11 10
#define ST_R12 11
#define ST_R13 12
#define ST_R14 13
#define ST_R15 14
