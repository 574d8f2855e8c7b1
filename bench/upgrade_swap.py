#!/usr/bin/env python3
"""Measures the in-place upgrade swap: 100 running programs, the release binary renamed over
its copy between upgrades; prints the figures the main log gives. Usage:
    python3 bench/upgrade_swap.py target/static/supervisord [upgrades]
"""
import os, re, shutil, subprocess, sys, tempfile, time
binary = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
d = tempfile.mkdtemp(prefix="swap-")
exe = os.path.join(d, "supervisord")
shutil.copy(binary, exe)
conf = os.path.join(d, "s.conf")
with open(conf, "w") as f:
    f.write(f"""[supervisord]
logfile={d}/main.log
pidfile={d}/pid
childlogdir={d}
[unix_http_server]
file={d}/sock
[supervisorctl]
serverurl=unix://{d}/sock
[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
[program:p]
command=sleep 1000
numprocs=100
process_name=%(program_name)s_%(process_num)03d
startsecs=0
stdout_logfile=AUTO
""")
d_proc = subprocess.Popen([exe, "-n", "-c", conf])
ctl = lambda *a: subprocess.run([exe, "ctl", "-c", conf, *a], capture_output=True, text=True)
deadline = time.time() + 30
while time.time() < deadline:
    r = ctl("status")
    if r.stdout.count("RUNNING") == 100:
        break
    time.sleep(0.2)
for i in range(runs):
    tmp = exe + ".new"
    shutil.copy(binary, tmp)
    os.rename(tmp, exe)
    r = ctl("upgrade")
    time.sleep(1.0)
log = open(os.path.join(d, "main.log")).read()
swaps = [float(m) for m in re.findall(r"upgraded in place .*?; ([0-9.]+) ms since the old", log)]
checks = [float(m) for m in re.findall(r"checked by the new binary in ([0-9.]+) ms", log)]
print("swap ms:", swaps)
print("check ms:", checks)
if swaps:
    s = sorted(swaps); print("median swap ms:", s[len(s)//2], "max:", s[-1])
d_proc.terminate(); d_proc.wait(timeout=20)
shutil.rmtree(d, ignore_errors=True)
