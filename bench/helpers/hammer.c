/* hammer SOCKET THREADS SECONDS REQUESTFILE: THREADS threads each send the raw HTTP/1.0 request
 * in REQUESTFILE over a fresh connection to the unix socket SOCKET, read the answer to EOF, and
 * go again at once, for SECONDS. Prints "<answers with status 200> <other outcomes>". */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static const char *sock_path;
static char request[65536];
static size_t request_len;
static double until;
static atomic_long ok, bad;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int one(void) {
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    strncpy(a.sun_path, sock_path, sizeof a.sun_path - 1);
    int good = 0;
    if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0 &&
        write(fd, request, request_len) == (ssize_t)request_len) {
        char buf[16384];
        ssize_t n, total = 0;
        char head[16] = {0};
        while ((n = read(fd, buf, sizeof buf)) > 0) {
            if (total < 15)
                memcpy(head + total, buf, (size_t)(n < 15 - total ? n : 15 - total));
            total += n;
        }
        good = strncmp(head, "HTTP/1.", 7) == 0 && strncmp(head + 9, "200", 3) == 0;
    }
    close(fd);
    return good;
}

static void *worker(void *arg) {
    (void)arg;
    while (now() < until) {
        if (one())
            atomic_fetch_add(&ok, 1);
        else
            atomic_fetch_add(&bad, 1);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: hammer SOCKET THREADS SECONDS REQUESTFILE\n");
        return 2;
    }
    sock_path = argv[1];
    int threads = atoi(argv[2]);
    FILE *f = fopen(argv[4], "rb");
    if (!f) {
        perror(argv[4]);
        return 2;
    }
    request_len = fread(request, 1, sizeof request, f);
    fclose(f);
    until = now() + atof(argv[3]);
    pthread_t *t = calloc((size_t)threads, sizeof *t);
    for (int i = 0; i < threads; i++)
        if (pthread_create(&t[i], NULL, worker, NULL) != 0) {
            perror("pthread_create");
            return 1;
        }
    for (int i = 0; i < threads; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", atomic_load(&ok), atomic_load(&bad));
    return 0;
}
