/* forkchain N STAMP FILE [SECS]: the bare baselines of the ordered-startup chains.
 *
 * Without SECS (init scripts): fork+exec "STAMP FILE exit-stamped:0 cNN", wait for it to exit,
 * then the next, N times. The gap between one child's end stamp and the next one's start stamp
 * is the floor any supervisor pays (process exit, reaping, fork, exec, the child's start-up).
 *
 * With SECS (long-running programs, startsecs=SECS): fork+exec "STAMP FILE pause cNN", wait on a
 * timerfd until SECS after fork returned, then start the next (after the last, wait too, so it
 * has stamped); at the end SIGTERM and reap them
 * all. The extra delay of a hop beyond SECS, by the children's stamps, is what the machine
 * itself adds (timer wake-up of an idle CPU, fork, exec) with no supervisor logic at all. */
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static pid_t start(const char *stamp, const char *file, const char *mode, int i) {
    char tag[16];
    snprintf(tag, sizeof tag, "c%02d", i + 1);
    pid_t pid = fork();
    if (pid == 0) {
        execl(stamp, stamp, file, mode, tag, (char *)NULL);
        _exit(127);
    }
    if (pid < 0)
        perror("fork");
    return pid;
}

static int wait_until(int tfd, const struct timespec *at) {
    struct itimerspec its = {.it_value = *at};
    if (timerfd_settime(tfd, TFD_TIMER_ABSTIME, &its, NULL) != 0)
        return -1;
    struct pollfd p = {.fd = tfd, .events = POLLIN};
    while (poll(&p, 1, -1) != 1)
        ;
    uint64_t n;
    return read(tfd, &n, sizeof n) == sizeof n ? 0 : -1;
}

int main(int argc, char **argv) {
    if (argc != 4 && argc != 5) {
        fprintf(stderr, "usage: forkchain N STAMP FILE [SECS]\n");
        return 2;
    }
    int n = atoi(argv[1]);
    if (argc == 4) {
        for (int i = 0; i < n; i++) {
            pid_t pid = start(argv[2], argv[3], "exit-stamped:0", i);
            int status;
            if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
                WEXITSTATUS(status) != 0)
                return 1;
        }
        return 0;
    }
    long secs = atol(argv[4]);
    int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    pid_t pids[64];
    if (tfd < 0 || n > 64)
        return 1;
    int rc = 0;
    for (int i = 0; i < n; i++) {
        pids[i] = start(argv[2], argv[3], "pause", i);
        if (pids[i] < 0) {
            n = i;
            rc = 1;
            break;
        }
        struct timespec at;
        clock_gettime(CLOCK_MONOTONIC, &at);
        at.tv_sec += secs;
        if (wait_until(tfd, &at) != 0) {
            n = i + 1;
            rc = 1;
            break;
        }
    }
    for (int i = 0; i < n; i++) {
        kill(pids[i], SIGTERM);
        waitpid(pids[i], NULL, 0);
    }
    return rc;
}
