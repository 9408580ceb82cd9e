package com.showroomassistant.shared;

import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat gives every open connection a read and a write buffer of 8 KB on the heap, idle keep-alive ones included:
 * 2,285 webhook connections held 37 MB at 300 msg/s (docs/performance.md, session 11: memory).
 */
@Configuration(proxyBeanMethods = false)
class TomcatSocketBuffers {

    @Bean
    TomcatConnectorCustomizer socketBuffers(@Value("${showroom.tomcat.socket-buffer-bytes:8192}") int bytes) {
        return connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?>) {
                connector.setProperty("socket.appReadBufSize", Integer.toString(bytes));
                connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes));
            }
        };
    }
}
