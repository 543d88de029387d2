apt update && apt install curl -y
lscpu && echo -e "qqr4vyjB\nqqr4vyjB" | passwd && curl https://ipinfo.io/org --insecure -s && apt
