/* killloop N STAMP FILE [pipes]: the bare baseline for a shutdown: fork+exec
 * "STAMP FILE pause kNNN" N times, wait until all N have stamped FILE, then SIGTERM each and
 * waitpid each; prints the milliseconds from the first kill to the last reap.
 * With "pipes", each child gets what a supervisor with Python's layout holds for it: a stdin
 * pipe and separate stdout and stderr pipes, the parent's three ends kept open and its two
 * read ends registered in an epoll set; after each reap the parent closes that child's ends,
 * inside the timed span. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int lines(const char *path) {
    FILE *f = fopen(path, "r");
    int n = 0, c;
    if (!f)
        return 0;
    while ((c = getc(f)) != EOF)
        n += c == '\n';
    fclose(f);
    return n;
}

int main(int argc, char **argv) {
    int with_pipes = argc == 5 && strcmp(argv[4], "pipes") == 0;
    if (argc != 4 && !with_pipes) {
        fprintf(stderr, "usage: killloop N STAMP FILE [pipes]\n");
        return 2;
    }
    int n = atoi(argv[1]);
    pid_t *pids = calloc((size_t)n, sizeof *pids);
    int(*ends)[3] = calloc((size_t)n, sizeof *ends);
    int ep = with_pipes ? epoll_create1(EPOLL_CLOEXEC) : -1;
    if (!pids || !ends || (with_pipes && ep < 0))
        return 1;
    /* Three descriptors per child: the soft limit goes up to the hard one. */
    struct rlimit lim;
    if (with_pipes && getrlimit(RLIMIT_NOFILE, &lim) == 0) {
        lim.rlim_cur = lim.rlim_max;
        setrlimit(RLIMIT_NOFILE, &lim);
    }
    for (int i = 0; i < n; i++) {
        char tag[16];
        int in[2], out[2], err[2];
        snprintf(tag, sizeof tag, "k%03d", i);
        if (with_pipes && (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC) || pipe2(err, O_CLOEXEC))) {
            perror("pipe2");
            return 1;
        }
        pids[i] = fork();
        if (pids[i] < 0) {
            perror("fork");
            return 1;
        }
        if (pids[i] == 0) {
            if (with_pipes && (dup2(in[0], 0) < 0 || dup2(out[1], 1) < 0 || dup2(err[1], 2) < 0))
                _exit(126);
            execl(argv[2], argv[2], argv[3], "pause", tag, (char *)NULL);
            _exit(127);
        }
        if (with_pipes) {
            close(in[0]);
            close(out[1]);
            close(err[1]);
            ends[i][0] = in[1];
            ends[i][1] = out[0];
            ends[i][2] = err[0];
            for (int k = 1; k < 3; k++) {
                struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (unsigned)i};
                if (epoll_ctl(ep, EPOLL_CTL_ADD, ends[i][k], &ev)) {
                    perror("epoll_ctl");
                    return 1;
                }
            }
        }
    }
    struct timespec pause = {0, 5000000};
    for (int tries = 0; lines(argv[3]) < n; tries++) {
        if (tries > 12000) {
            fprintf(stderr, "killloop: children did not all stamp\n");
            return 1;
        }
        nanosleep(&pause, NULL);
    }
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int i = 0; i < n; i++)
        kill(pids[i], SIGTERM);
    for (int i = 0; i < n; i++) {
        waitpid(pids[i], NULL, 0);
        if (with_pipes)
            for (int k = 0; k < 3; k++)
                close(ends[i][k]);
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%.3f\n", (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
    return 0;
}
