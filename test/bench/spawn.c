/*
 * bench-spawn: runs one command and reports its wall time and peak RSS.
 *
 *   bench-spawn OUTFILE command [args...]
 *
 * The command's stdout goes to OUTFILE, its stdin is /dev/null. Prints
 * "<wall nanoseconds> <peak RSS KiB> <exit status>" on stdout once the child
 * ends (status 128+N for a signal).
 *
 * Why not measure from Python: Linux keeps the highest RSS of every address
 * space a process has had, including the one it had before exec, so a child
 * forked (or vforked) from a Python interpreter reports the interpreter's RSS
 * when that is larger than its own. Forked from this small program, the child
 * starts from about a megabyte, the same for every command measured.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s OUTFILE command [args...]\n", argv[0]);
    return 2;
  }
  int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (out < 0 || in < 0) {
    perror(argv[1]);
    return 2;
  }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 2;
  }
  if (pid == 0) {
    if (dup2(in, 0) < 0 || dup2(out, 1) < 0) _exit(127);
    execvp(argv[2], argv + 2);
    perror(argv[2]);
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) {
    perror("wait4");
    return 2;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  long long ns = (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  long long cpu = ((long long)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000LL +
                  ((long long)ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000LL;
  printf("%lld %lld %ld %d\n", ns, cpu, ru.ru_maxrss, code);
  return 0;
}
