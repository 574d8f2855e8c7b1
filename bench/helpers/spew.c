/* spew MIB STAMPFILE: append the CLOCK_REALTIME start time to STAMPFILE, then write MIB MiB of
 * text lines to stdout as fast as possible. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (argc != 3) {
        fprintf(stderr, "usage: spew MIB STAMPFILE\n");
        return 2;
    }
    char line[64];
    int n = snprintf(line, sizeof line, "%lld.%09ld\n", (long long)ts.tv_sec, ts.tv_nsec);
    int fd = open(argv[2], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0 || write(fd, line, (size_t)n) != n) {
        perror(argv[2]);
        return 2;
    }
    close(fd);
    static char buf[1 << 20];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (i % 64 == 63) ? '\n' : 'a' + (char)(i % 26);
    long mib = atol(argv[1]);
    for (long m = 0; m < mib; m++) {
        for (size_t off = 0; off < sizeof buf;) {
            ssize_t w = write(1, buf + off, sizeof buf - off);
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                perror("write");
                return 1;
            }
            off += (size_t)w;
        }
    }
    return 0;
}
