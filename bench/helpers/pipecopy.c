/* pipecopy: copy stdin to stdout with 128 KiB read()/write() calls (the baseline a daemon that
 * captures child output into a file is compared against). */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
    static char buf[128 * 1024];
    for (;;) {
        ssize_t r = read(0, buf, sizeof buf);
        if (r == 0)
            return 0;
        if (r < 0) {
            if (errno == EINTR)
                continue;
            perror("read");
            return 1;
        }
        for (ssize_t off = 0; off < r;) {
            ssize_t w = write(1, buf + off, (size_t)(r - off));
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                perror("write");
                return 1;
            }
            off += w;
        }
    }
}
