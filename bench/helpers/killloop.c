/* killloop N STAMP FILE: the bare baseline for a shutdown: fork+exec "STAMP FILE pause kNNN" N
 * times, wait until all N have stamped FILE, then SIGTERM each and waitpid each; prints the
 * milliseconds from the first kill to the last reap. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
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
    if (argc != 4) {
        fprintf(stderr, "usage: killloop N STAMP FILE\n");
        return 2;
    }
    int n = atoi(argv[1]);
    pid_t *pids = calloc((size_t)n, sizeof *pids);
    if (!pids)
        return 1;
    for (int i = 0; i < n; i++) {
        char tag[16];
        snprintf(tag, sizeof tag, "k%03d", i);
        pids[i] = fork();
        if (pids[i] < 0) {
            perror("fork");
            return 1;
        }
        if (pids[i] == 0) {
            execl(argv[2], argv[2], argv[3], "pause", tag, (char *)NULL);
            _exit(127);
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
    for (int i = 0; i < n; i++)
        waitpid(pids[i], NULL, 0);
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%.3f\n", (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
    return 0;
}
