/* sys.h -- the system calls the interceptor runtime makes, issued
   directly rather than through the C library.

   The runtime runs on behalf of shims that may intercept any libc
   function -- write, mmap, munmap, sigaltstack, abort ... -- so calling
   those symbols from the interception path could re-enter an interceptor
   (endlessly, when the runtime is reporting a recursion or reserving the
   stack the interception needs).  Direct system calls cannot be
   interposed, are async-signal-safe, and never touch errno.

   Each function returns the kernel's result: a value >= 0, or -errno.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef INTERCEPTOR_SYS_H
#define INTERCEPTOR_SYS_H 1

#include <signal.h>
#include <stddef.h>
#include <sys/syscall.h>

#if defined __x86_64__

static inline long
rt_syscall6 (long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
  register long r10 __asm__ ("r10") = a4;
  register long r8 __asm__ ("r8") = a5;
  register long r9 __asm__ ("r9") = a6;
  long ret;

  __asm__ __volatile__ ("syscall"
			: "=a" (ret)
			: "0" (nr), "D" (a1), "S" (a2), "d" (a3),
			  "r" (r10), "r" (r8), "r" (r9)
			: "rcx", "r11", "memory");
  return ret;
}

#elif defined __i386__

/* int $0x80 takes the arguments in %ebx %ecx %edx %esi %edi %ebp; %ebp
   (the frame pointer) and %ebx (the PIC register) cannot be asm
   operands everywhere, so the sequence loads all six from an array whose
   address comes in %eax, and saves %ebx and %ebp itself.  */

static inline long
rt_syscall6 (long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
  long args[7] = { a1, a2, a3, a4, a5, a6, nr };
  long ret;

  __asm__ __volatile__ ("pushl %%ebp\n\t"
			"pushl %%ebx\n\t"
			"movl 20(%%eax), %%ebp\n\t"
			"movl 16(%%eax), %%edi\n\t"
			"movl 12(%%eax), %%esi\n\t"
			"movl 8(%%eax), %%edx\n\t"
			"movl 4(%%eax), %%ecx\n\t"
			"movl 0(%%eax), %%ebx\n\t"
			"movl 24(%%eax), %%eax\n\t"
			"int $0x80\n\t"
			"popl %%ebx\n\t"
			"popl %%ebp"
			: "=a" (ret)
			: "0" (args), "m" (args)
			: "ecx", "edx", "esi", "edi", "memory");
  return ret;
}

#else

/* Other targets go through the C library's syscall(2) until they get
   their own sequence (it is seldom interposed, and does not recurse into
   the runtime).  */
# include <errno.h>
# include <unistd.h>

static inline long
rt_syscall6 (long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
  int saved = errno;
  long ret = syscall (nr, a1, a2, a3, a4, a5, a6);

  if (ret == -1)
    ret = -errno;
  errno = saved;
  return ret;
}

#endif

static inline long
rt_write (int fd, const void *buf, size_t n)
{
  return rt_syscall6 (SYS_write, fd, (long) buf, (long) n, 0, 0, 0);
}

static inline void *
rt_mmap (void *addr, size_t len, int prot, int flags, int fd, long off)
{
#ifdef SYS_mmap2
  return (void *) rt_syscall6 (SYS_mmap2, (long) addr, (long) len, prot,
			       flags, fd, off / 4096);
#else
  return (void *) rt_syscall6 (SYS_mmap, (long) addr, (long) len, prot,
			       flags, fd, off);
#endif
}

/* Whether a value rt_mmap returned is an error (-4095 .. -1).  */
static inline int
rt_mmap_failed (void *p)
{
  return (unsigned long) p > -4096UL;
}

static inline long
rt_munmap (void *addr, size_t len)
{
  return rt_syscall6 (SYS_munmap, (long) addr, (long) len, 0, 0, 0, 0);
}

/* The kernel's stack_t has the C library's layout.  */
static inline long
rt_sigaltstack (const stack_t *ss, stack_t *old)
{
  return rt_syscall6 (SYS_sigaltstack, (long) ss, (long) old, 0, 0, 0, 0);
}

#endif /* INTERCEPTOR_SYS_H */
