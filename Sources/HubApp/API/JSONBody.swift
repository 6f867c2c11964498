import Foundation
import Hummingbird
import HubAPI
import NIOCore

/// Requests are small; anything bigger than a manifest is refused before it is read.
enum JSONBody {
    static let maxRequestBytes = 2 * 1024 * 1024

    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        var request = request
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxRequestBytes {
            throw APIError.tooLarge(maxRequestBytes)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maxRequestBytes)
        } catch {
            throw APIError.tooLarge(maxRequestBytes)
        }
        let value: T
        do {
            value = try HubJSON.decoder().decode(T.self, from: Data(buffer: buffer))
        } catch let DecodingError.keyNotFound(key, _) {
            throw APIError.badRequest("field '\(key.stringValue)' is missing")
        } catch let DecodingError.dataCorrupted(context) {
            throw APIError.badRequest("not valid JSON or a bad value (\(context.debugDescription))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw APIError.badRequest("wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'")
        } catch {
            throw APIError.badRequest("not valid JSON")
        }
        return try RequestText.checked(value)
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try HubJSON.encoder().encode(value)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
