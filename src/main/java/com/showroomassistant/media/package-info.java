/** Media the service keeps itself (vehicle photos fetched from the gateway) and serves back over HTTP. */
package com.showroomassistant.media;
