import HubConfig
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import NIOSSL

/// The dashboard's HTTP server: plain HTTP/1.1, or HTTPS with the configured certificate.
/// The PEM files are read at start-up, so a wrong file stops hubd with a message naming it
/// instead of failing the first tablet that connects.
enum DashboardServer {
    static func http(_ settings: DashboardSettings) throws -> HTTPServerBuilder {
        let plain = HTTPServerBuilder.http1(configuration: .init(idleTimeout: ServerLimits.idleTimeout))
        guard let certificate = settings.certificate, let key = settings.key else { return plain }
        let chain: [NIOSSLCertificate]
        let privateKey: NIOSSLPrivateKey
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificate)
            privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
        } catch {
            throw StartupError.dashboardCertificate(certificate: certificate, key: key, reason: "\(error)")
        }
        let tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
        return try .tls(plain, tlsConfiguration: tls)
    }
}
