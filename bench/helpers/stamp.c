/* stamp FILE MODE TAG: append "<CLOCK_REALTIME seconds> <pid> <TAG>\n" to FILE, then
 * MODE "pause": wait for a signal (SIGTERM ends it), "exit:N": exit with status N, or
 * "exit-stamped:N": append a second line "<seconds> <pid> <TAG>/end" just before exiting N.
 * The timestamp is taken first thing, so it marks when the child started running. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (argc != 4) {
        fprintf(stderr, "usage: stamp FILE pause|exit:N TAG\n");
        return 2;
    }
    char line[256];
    int n = snprintf(line, sizeof line, "%lld.%09ld %d %s\n", (long long)ts.tv_sec, ts.tv_nsec,
                     (int)getpid(), argv[3]);
    int fd = open(argv[1], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0 || write(fd, line, (size_t)n) != n) {
        perror(argv[1]);
        return 2;
    }
    close(fd);
    if (strncmp(argv[2], "exit-stamped:", 13) == 0) {
        clock_gettime(CLOCK_REALTIME, &ts);
        n = snprintf(line, sizeof line, "%lld.%09ld %d %s/end\n", (long long)ts.tv_sec, ts.tv_nsec,
                     (int)getpid(), argv[3]);
        fd = open(argv[1], O_WRONLY | O_APPEND | O_CLOEXEC);
        if (fd < 0 || write(fd, line, (size_t)n) != n) {
            perror(argv[1]);
            return 2;
        }
        close(fd);
        return atoi(argv[2] + 13);
    }
    if (strncmp(argv[2], "exit:", 5) == 0)
        return atoi(argv[2] + 5);
    for (;;)
        pause();
}
