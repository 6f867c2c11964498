import Foundation
import Hummingbird
import HubAPI
import NIOCore

/// Requests are small; anything bigger than a manifest is refused before it is read.
enum JSONBody {
    static let maxRequestBytes = 2 * 1024 * 1024

    /// Decodes the body as `T`'s HubAPI type, then lets `T` turn it into the hub's own value.
    static func decode<T: WireDecodable>(_ type: T.Type, from request: Request, limit: Int = maxRequestBytes) async throws -> T {
        var request = request
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw APIError.tooLarge(limit)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw APIError.tooLarge(limit)
        }
        let wire: T.Wire
        do {
            wire = try HubJSON.decoder().decode(T.Wire.self, from: Data(buffer: buffer))
        } catch let DecodingError.keyNotFound(key, _) {
            throw APIError.badRequest("field '\(key.stringValue)' is missing")
        } catch let DecodingError.dataCorrupted(context) {
            throw APIError.badRequest("not valid JSON or a bad value (\(context.debugDescription))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw APIError.badRequest("wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'")
        } catch {
            throw APIError.badRequest("not valid JSON")
        }
        return try T(wire: T.checksTextWhole ? RequestText.checked(wire) : wire)
    }

    /// Only wire values are sent: a record must be mapped to its HubAPI type first.
    static func response(_ value: some WireRepresentable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try HubJSON.encoder().encode(value.wire)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
