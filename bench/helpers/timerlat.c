/* timerlat N MS BOOST: N times, arm a timerfd MS ahead (CLOCK_MONOTONIC) and poll it; print how
 * late each wake-up was, in seconds, one per line. Raised BOOST nice levels when permitted (as the
 * daemon raises its loop thread by 5), it is the floor of timer lateness on this machine under
 * whatever load runs beside it: a plain C loop with nothing else to do. */
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: timerlat N MS BOOST\n");
        return 2;
    }
    int n = atoi(argv[1]);
    long long ms = atoll(argv[2]);
    int base = getpriority(PRIO_PROCESS, 0);
    setpriority(PRIO_PROCESS, 0, base - atoi(argv[3])); /* best effort, as the daemon's loop */
    int fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    if (fd < 0) {
        perror("timerfd_create");
        return 1;
    }
    for (int i = 0; i < n; i++) {
        long long at = now_ns() + ms * 1000000LL;
        struct itimerspec its = {.it_value = {.tv_sec = at / 1000000000LL, .tv_nsec = at % 1000000000LL}};
        if (timerfd_settime(fd, TFD_TIMER_ABSTIME, &its, NULL) != 0) {
            perror("timerfd_settime");
            return 1;
        }
        struct pollfd p = {.fd = fd, .events = POLLIN};
        while (poll(&p, 1, -1) != 1)
            ;
        long long late = now_ns() - at;
        uint64_t expirations;
        if (read(fd, &expirations, sizeof expirations) != sizeof expirations)
            return 1;
        printf("%.6f\n", late / 1e9);
    }
    return 0;
}
