/// One running operation: the link it uses and the mailbox its messages are routed to.
///
/// `generation` names the link, so a failure noticed by an old link's consumer never tears
/// down a newer link.
struct ZVTSession: Sendable {
    let id: UInt64
    let kind: ZVTOperationKind
    let link: any ZVTLink
    let generation: UInt64
    let inbox: ZVTMailbox<ZVTAPDU>
}
