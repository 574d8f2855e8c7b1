/* forkloop N STAMP FILE: the bare baseline for spawning: fork+exec "STAMP FILE exit:0 cNNN" N times
 * as fast as possible, then reap all children. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: forkloop N STAMP FILE\n");
        return 2;
    }
    int n = atoi(argv[1]);
    char tags[n][16];
    for (int i = 0; i < n; i++)
        snprintf(tags[i], sizeof tags[i], "c%03d", i);
    for (int i = 0; i < n; i++) {
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            return 1;
        }
        if (pid == 0) {
            execl(argv[2], argv[2], argv[3], "exit:0", tags[i], (char *)NULL);
            _exit(127);
        }
    }
    int status, failed = 0;
    while (wait(&status) > 0)
        failed |= !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    return failed;
}
